"""Helpers for tools/build_svg.py: curve maths, the body outline and region cuts,
the muscle / trigger-point / zone table, and the art layers."""
