"""Build a generated C project, run vectors on its target, compare with the golden."""
