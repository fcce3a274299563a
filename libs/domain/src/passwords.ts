/** Password rules shared by the API (which enforces them) and the admin (which explains them). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
