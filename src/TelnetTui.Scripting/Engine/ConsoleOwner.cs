namespace TelnetTui.Scripting.Engine;

/// <summary>Marks a task started by the console, whose results are printed when it finishes.</summary>
internal sealed class ConsoleOwner
{
    public static readonly ConsoleOwner Instance = new();
}
