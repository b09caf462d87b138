namespace TelnetTui.Core.Book;

/// <summary>Log in automatically as <see cref="User"/>, with the password from <see cref="Password"/>.</summary>
public sealed record AutoLogin(string User, PasswordSource Password);
