"""`femba-edge monitor`: the deployed integer model over a whole EEG recording, window after
window, on the numpy golden, ONNX Runtime or the generated host C; per-window classes, a summary
with the chip's duty cycle, and a timeline figure. `femba-edge synth-recording` writes a
synthetic EDF recording to try it on."""
