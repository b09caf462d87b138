using System.Text;

namespace TelnetTui.App;

/// <summary>
/// Copies to the clipboard of the terminal the user runs us in: OSC 52 ("ESC ] 52 ; c ; base64 BEL",
/// xterm ctlseqs, "Operating System Commands"), which xterm, kitty, iTerm2, WezTerm and tmux (set-clipboard)
/// understand, also over ssh. Terminals that do not simply ignore it; the text is also kept for saving to a file.
/// </summary>
public sealed class Osc52Clipboard(Action<byte[]> write) : IClipboard
{
    /// <summary>Most bytes sent in one OSC 52 (some terminals drop longer ones; xterm's default limit is near this).</summary>
    public const int MaxBytes = 100_000;

    public string? LastCopied { get; private set; }

    public void Copy(string text)
    {
        LastCopied = text;
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length > MaxBytes)
            bytes = bytes[..MaxBytes];
        write(Encode(bytes));
    }

    public static byte[] Encode(ReadOnlySpan<byte> utf8) =>
        Encoding.ASCII.GetBytes("\e]52;c;" + Convert.ToBase64String(utf8) + "\a");
}
