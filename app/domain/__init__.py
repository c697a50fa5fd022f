"""The Qt-free domain: content models, geometry, lookup and ranking."""
