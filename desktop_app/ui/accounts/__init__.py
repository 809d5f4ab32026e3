"""The accounts table, its model and cells, the overview and automatic renewal."""
