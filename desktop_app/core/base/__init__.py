"""What every layer of the core uses: errors, redaction, app folders, atomic writes, logging."""
