namespace TelnetTui.Core.Book;

/// <summary>
/// A trigger declared in the book: when a received line matches <see cref="Pattern"/> (a .NET
/// regular expression), send <see cref="Send"/>, colour the line <see cref="Highlight"/>, and/or hide
/// it (<see cref="Gag"/>). The scripting layer runs these beside Lua triggers.
/// </summary>
public sealed record TriggerRule(string Pattern, string? Send = null, string? Highlight = null, bool Gag = false);
