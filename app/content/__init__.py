"""Loading bundled files: the SVG diagram and the content library."""
