"""The Qt user interface on top of the domain core."""
