"""Organisation policy and system-wide provider profiles (read-only for the person).

``locations`` says where each OS keeps them, ``sources`` reads one place, ``keys`` is the
table of every setting, ``effective`` merges them with where each value came from, and
``registry`` applies them to the provider profiles.
"""
