using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TelnetTui.Core.Capture;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Core.Replay;

/// <summary>
/// Writes a capture as an asciicast v2 file (asciinema's format): a JSON header line (version 2,
/// width, height, timestamp, title, env), then one JSON array per event, <c>[time, code, data]</c>:
/// "o" for what appeared on the screen (the host's data decoded as the session decoded it, CP437
/// glyphs included, and the client's local text), "r" for a resize ("COLSxROWS"), "m" for a marker
/// at each prompt. Players are xterm-like, so ANSI-BBS quirks (such as the wrap at column 80) may
/// show differently there than in TelnetTui.
/// </summary>
public static class AsciicastExporter
{
    public const string Term = "xterm-256color";

    /// <returns>The number of events written.</returns>
    public static int Export(CaptureReader reader, TextWriter output)
    {
        var meta = reader.Meta;
        var encoding = TerminalEncoding.TryGet(meta.Encoding, out var e) ? e : TerminalEncoding.Utf8;
        var decoder = encoding.CreateDecoder(bbsGlyphControls: meta.AnsiBbs);
        output.Write(Header(meta));
        output.Write('\n');
        var chars = new char[8192];
        var text = new StringBuilder();
        var events = 0;
        while (reader.TryRead(out var record))
        {
            var payload = record.Payload.Span;
            switch (record.Kind)
            {
                case CaptureRecordKind.DataReceived:
                    text.Clear();
                    while (!payload.IsEmpty)
                    {
                        var n = decoder.Decode(payload, chars, out var consumed);
                        payload = payload[consumed..];
                        text.Append(chars, 0, n);
                        if (n == 0 && consumed == 0)
                            break;
                    }
                    if (text.Length > 0)
                        events += Event(output, record.Time, "o", text.ToString());
                    break;
                case CaptureRecordKind.LocalText:
                    events += Event(output, record.Time, "o", Encoding.UTF8.GetString(payload));
                    break;
                case CaptureRecordKind.Resize when payload.Length == 4:
                    events += Event(output, record.Time, "r",
                        $"{BinaryPrimitives.ReadUInt16BigEndian(payload)}x{BinaryPrimitives.ReadUInt16BigEndian(payload[2..])}");
                    break;
                case CaptureRecordKind.Prompt:
                    events += Event(output, record.Time, "m", "prompt");
                    break;
                case CaptureRecordKind.Encoding:
                    var (name, bbs) = ReplayScreen.ParseEncoding(payload);
                    if (TerminalEncoding.TryGet(name, out var switched))
                        decoder = switched.CreateDecoder(bbsGlyphControls: bbs);
                    break;
            }
        }
        return events;
    }

    private static string Header(CaptureMeta meta)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 2);
            json.WriteNumber("width", meta.Columns);
            json.WriteNumber("height", meta.Rows);
            json.WriteNumber("timestamp", meta.Started.ToUnixTimeSeconds());
            var title = meta.Host.Length > 0 ? $"{meta.Host}:{meta.Port.ToString(CultureInfo.InvariantCulture)}" : "TelnetTui capture";
            json.WriteString("title", title);
            json.WriteStartObject("env");
            json.WriteString("TERM", Term);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static int Event(TextWriter output, TimeSpan time, string code, string data)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            json.WriteRawValue(time.TotalSeconds.ToString("0.000000", CultureInfo.InvariantCulture));
            json.WriteStringValue(code);
            json.WriteStringValue(data);
            json.WriteEndArray();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
        return 1;
    }
}
