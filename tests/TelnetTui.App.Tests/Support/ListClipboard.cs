namespace TelnetTui.App.Tests.Support;

/// <summary>A clipboard that keeps what was copied.</summary>
public sealed class ListClipboard : IClipboard
{
    public List<string> Copies { get; } = [];

    public string? LastCopied => Copies.Count > 0 ? Copies[^1] : null;

    public void Copy(string text) => Copies.Add(text);
}
