namespace TelnetTui.Demo.Input;

/// <summary>One line of line-mode input; <see cref="TooLong"/> when it passed the length cap (its text is then empty).</summary>
public readonly record struct AssembledLine(string Text, bool TooLong = false)
{
    public override string ToString() => TooLong ? "line too long" : $"line \"{Text}\"";
}
