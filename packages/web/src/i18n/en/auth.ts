import type { DeepStrings } from '../messages.ts';
import type { auth as zh } from '../zh-CN/auth.ts';

/** Signing in and changing the password. */
export const auth: DeepStrings<typeof zh> = {
  login: {
    title: 'Sign in',
    subtitle: 'Customer & Claims Service Center',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Please enter your username',
    passwordRequired: 'Please enter your password',
    submit: 'Sign in',
  },
  password: {
    title: 'Change password',
    hint: 'This is your first sign-in or your password was reset: please change it first.',
    current: 'Current password',
    next: 'New password',
    confirm: 'Confirm new password',
    currentRequired: 'Please enter your current password',
    nextRequired: 'Please enter a new password',
    nextTooShort: 'The new password needs at least 10 characters',
    mismatch: 'The two new passwords differ',
    submit: 'Change password',
    changed: 'Password changed',
  },
};
