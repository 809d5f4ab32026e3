"""What is kept between runs: the keychain vault, the account store, API history."""
