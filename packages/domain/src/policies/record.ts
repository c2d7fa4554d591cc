// Row validation for imports lives here (pure: a raw record of strings in, a PolicyRecord or field errors out).
export {};
