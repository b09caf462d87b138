namespace TelnetTui.Core.Book;

/// <summary>An alias: typed input matching <see cref="Pattern"/> (a .NET regular expression, whole line) is replaced by <see cref="Text"/> ($1... for groups).</summary>
public sealed record AliasRule(string Pattern, string Text);
