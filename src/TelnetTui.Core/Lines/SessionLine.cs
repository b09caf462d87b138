namespace TelnetTui.Core.Lines;

/// <summary>One complete line from the host: <see cref="Text"/> without escape sequences (what triggers match), <see cref="Raw"/> as received.</summary>
public sealed record SessionLine(string Text, string Raw, DateTimeOffset Time);
