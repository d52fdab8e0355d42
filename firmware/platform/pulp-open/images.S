/* weights.bin (the L3 image) and input.bin (one window), linked in as data. */
    .section .l3_image, "a"
    .balign 8
    .global femba_l3_image
femba_l3_image:
    .incbin "weights.bin"

    .section .rodata.input, "a"
    .balign 8
    .global femba_input_image
femba_input_image:
    .incbin "input.bin"
