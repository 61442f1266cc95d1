"""A corpus: one identity per person across a run (`linking`, pure functions over (file, name)
pairs) and a run's records spooled, linked and written (`runs`)."""
