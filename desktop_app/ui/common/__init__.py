"""What every panel uses: the one background-work helper, theme, icons, error display."""
