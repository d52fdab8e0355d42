/* pulp-nn 32bit/src/pulp_nn_utils.c includes this PULP SDK test header; nothing from it is used by the kernels the benchmark runs. */
