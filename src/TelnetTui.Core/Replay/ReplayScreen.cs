using System.Buffers.Binary;
using System.Text;
using TelnetTui.Core.Capture;
using TelnetTui.Core.Display;
using TelnetTui.Terminal;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Core.Replay;

/// <summary>Options for drawing a capture: a fixed size instead of the recorded one (resizes are then ignored), and scrollback.</summary>
public sealed record ReplayOptions
{
    public int? Columns { get; init; }
    public int? Rows { get; init; }
    public int ScrollbackLines { get; init; } = 10_000;
}

/// <summary>
/// Draws capture records on a terminal exactly as the live session drew them: received data through
/// the same <see cref="TerminalFeed"/> (the recorded encoding and ANSI-BBS mode), local text, prompt
/// marks, resizes and encoding changes, in order. Other records (wire bytes, what was sent) do not
/// change the screen. Device replies are not sent anywhere.
/// </summary>
public sealed class ReplayScreen
{
    private readonly ReplayOptions _options;
    private readonly TerminalFeed _feed;

    public ReplayScreen(CaptureMeta meta, ReplayOptions? options = null)
    {
        _options = options ?? new ReplayOptions();
        var encoding = TerminalEncoding.TryGet(meta.Encoding, out var e) ? e : TerminalEncoding.Utf8;
        Terminal = new VirtualTerminal(new TerminalOptions
        {
            Columns = Math.Clamp(_options.Columns ?? meta.Columns, 1, TelnetTui.Terminal.Model.Screen.MaxColumns),
            Rows = Math.Clamp(_options.Rows ?? meta.Rows, 1, TelnetTui.Terminal.Model.Screen.MaxRows),
            ScrollbackLines = _options.ScrollbackLines,
            Encoding = encoding,
            AnsiBbs = meta.AnsiBbs,
            IceColors = meta.IceColours,
        });
        _feed = new TerminalFeed(Terminal);
    }

    public VirtualTerminal Terminal { get; }

    public void Apply(in CaptureRecord record)
    {
        var payload = record.Payload.Span;
        switch (record.Kind)
        {
            case CaptureRecordKind.DataReceived:
                _feed.Feed(payload, null);
                break;
            case CaptureRecordKind.LocalText:
                _feed.FeedLocal(Encoding.UTF8.GetString(payload));
                break;
            case CaptureRecordKind.Prompt:
                Terminal.MarkPrompt();
                break;
            case CaptureRecordKind.Resize when payload.Length == 4 && _options.Columns is null && _options.Rows is null:
                Terminal.Resize(Math.Clamp((int)BinaryPrimitives.ReadUInt16BigEndian(payload), 1, TelnetTui.Terminal.Model.Screen.MaxColumns),
                    Math.Clamp((int)BinaryPrimitives.ReadUInt16BigEndian(payload[2..]), 1, TelnetTui.Terminal.Model.Screen.MaxRows));
                break;
            case CaptureRecordKind.Encoding:
                var (name, bbs) = ParseEncoding(payload);
                if (TerminalEncoding.TryGet(name, out var encoding))
                    _feed.SetEncoding(encoding, bbs);
                break;
        }
    }

    /// <summary>An Encoding record's payload: "name" or "name bbs".</summary>
    public static (string Name, bool AnsiBbs) ParseEncoding(ReadOnlySpan<byte> payload)
    {
        var text = Encoding.UTF8.GetString(payload);
        return text.EndsWith(" bbs", StringComparison.Ordinal) ? (text[..^4], true) : (text, false);
    }
}
