using System.Globalization;
using System.Text;
using TelnetTui.Terminal.Model;

namespace TelnetTui.Terminal.Emulation;

/// <summary>
/// Operating system commands (xterm ctlseqs, "Operating System Commands"): titles (0, 1, 2),
/// hyperlinks (8), clipboard writes (52, off unless enabled, never read back), semantic prompt
/// marks (133;A). Everything else is ignored; nothing here ever answers the host.
/// </summary>
internal sealed class OscDispatcher
{
    /// <summary>Titles are cut to this many characters.</summary>
    public const int MaxTitleLength = 1024;

    private readonly Emulator _e;

    public OscDispatcher(Emulator emulator) => _e = emulator;

    public void Dispatch(ReadOnlySpan<char> data)
    {
        var semi = data.IndexOf(';');
        var command = semi < 0 ? data : data[..semi];
        var rest = semi < 0 ? [] : data[(semi + 1)..];
        if (!int.TryParse(command, NumberStyles.None, CultureInfo.InvariantCulture, out var ps))
            return;
        var s = _e.Screen;
        switch (ps)
        {
            case 0:
                s.TitleText = Sanitize(rest);
                s.IconNameText = s.TitleText;
                _e.RaiseTitleChanged();
                break;
            case 1:
                s.IconNameText = Sanitize(rest);
                break;
            case 2:
                s.TitleText = Sanitize(rest);
                _e.RaiseTitleChanged();
                break;
            case 8:
                Hyperlink(rest);
                break;
            case 52:
                Clipboard(rest);
                break;
            case 133:
                if (rest.Length > 0 && rest[0] == 'A')
                    s.MarkPrompt();
                break;
        }
        s.VersionCounter++;
    }

    /// <summary>Removes control characters (the title may be shown or sent elsewhere) and bounds the length.</summary>
    private static string Sanitize(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, MaxTitleLength));
        foreach (var c in text)
        {
            if (sb.Length >= MaxTitleLength)
                break;
            if (c >= 0x20 && (c < 0x7F || c > 0x9F))
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>OSC 8 ; params ; URI — an empty URI ends the link. The "id=" parameter groups cells of one link.</summary>
    private void Hyperlink(ReadOnlySpan<char> rest)
    {
        var semi = rest.IndexOf(';');
        if (semi < 0)
            return;
        var parameters = rest[..semi];
        var uri = rest[(semi + 1)..];
        var pen = _e.Pen;
        if (uri.IsEmpty)
        {
            pen.HyperlinkId = 0;
            pen.Changed();
            return;
        }
        string? id = null;
        foreach (var range in parameters.Split(':'))
        {
            var p = parameters[range];
            if (p.StartsWith("id="))
                id = p[3..].ToString();
        }
        pen.HyperlinkId = _e.Screen.Hyperlinks.Intern(uri.ToString(), id);
        pen.Changed();
    }

    /// <summary>OSC 52 ; Pc ; Pd — set the clipboard from base64 text. Queries ("?") are never answered.</summary>
    private void Clipboard(ReadOnlySpan<char> rest)
    {
        if (!_e.Options.AllowClipboardWrite)
            return;
        var semi = rest.IndexOf(';');
        if (semi < 0)
            return;
        var selection = rest[..semi].ToString();
        var payload = rest[(semi + 1)..];
        if (payload.SequenceEqual("?"))
            return;
        var bytes = new byte[payload.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64Chars(payload, bytes, out var n))
            return;
        _e.RaiseClipboardWrite(selection.Length == 0 ? "s0" : selection, Encoding.UTF8.GetString(bytes, 0, n));
    }
}
