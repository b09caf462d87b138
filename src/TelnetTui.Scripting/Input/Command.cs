namespace TelnetTui.Scripting.Input;

/// <summary>One command of an input line and how many times to run it.</summary>
public readonly record struct Command(string Text, int Repeat);
