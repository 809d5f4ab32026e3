"""Provider knowledge as data: profiles, their inheritance and validation."""
