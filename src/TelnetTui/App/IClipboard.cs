namespace TelnetTui.App;

/// <summary>Where copied text goes: the user's terminal clipboard (OSC 52) in the program, a list in tests.</summary>
public interface IClipboard
{
    void Copy(string text);

    /// <summary>The last text copied (for "save selection to a file").</summary>
    string? LastCopied { get; }
}
