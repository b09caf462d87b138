using System.Globalization;
using System.Text;

namespace TelnetTui.Core.Capture;

/// <summary>What a capture's Meta record says about the session (see <see cref="CaptureFormat"/>).</summary>
public sealed record CaptureMeta
{
    public DateTimeOffset Started { get; init; }
    public int Columns { get; init; } = 80;
    public int Rows { get; init; } = 24;
    public string Encoding { get; init; } = "utf-8";
    public bool AnsiBbs { get; init; }
    public bool IceColours { get; init; }
    public string Host { get; init; } = "";
    public int Port { get; init; }
    public bool Tls { get; init; }
    public string HostId { get; init; } = "";
    public string Client { get; init; } = "TelnetTui";

    /// <summary>Keys this version does not know, kept as read.</summary>
    public IReadOnlyDictionary<string, string> Other { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public byte[] ToPayload()
    {
        var sb = new StringBuilder();
        void Line(string key, string value) => sb.Append(key).Append('=').Append(value.Replace('\n', ' ')).Append('\n');
        Line("format", CaptureFormat.Version.ToString(CultureInfo.InvariantCulture));
        Line("started", Started.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        Line("columns", Columns.ToString(CultureInfo.InvariantCulture));
        Line("rows", Rows.ToString(CultureInfo.InvariantCulture));
        Line("encoding", Encoding);
        Line("ansi-bbs", AnsiBbs ? "true" : "false");
        Line("ice-colours", IceColours ? "true" : "false");
        Line("host", Host);
        Line("port", Port.ToString(CultureInfo.InvariantCulture));
        Line("tls", Tls ? "true" : "false");
        Line("host-id", HostId);
        Line("client", Client);
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    /// <summary>Reads a Meta payload; unknown keys are kept, bad numbers are an error naming the key.</summary>
    public static CaptureMeta Parse(ReadOnlySpan<byte> payload)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in System.Text.Encoding.UTF8.GetString(payload).Split('\n'))
        {
            var eq = line.IndexOf('=');
            if (eq > 0)
                values[line[..eq]] = line[(eq + 1)..];
        }
        int Number(string key, int fallback, int min, int max)
        {
            if (!values.Remove(key, out var text))
                return fallback;
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                ? n
                : throw new InvalidDataException($"capture header: {key}={text} is not a number from {min} to {max}");
        }
        string Text(string key, string fallback) => values.Remove(key, out var text) ? text : fallback;
        bool Flag(string key) => values.Remove(key, out var text) && text == "true";
        var format = Number("format", CaptureFormat.Version, 1, int.MaxValue);
        if (format > CaptureFormat.Version)
            throw new InvalidDataException($"capture format {format} is newer than this program reads ({CaptureFormat.Version})");
        var started = Text("started", "");
        return new CaptureMeta
        {
            Started = DateTimeOffset.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : DateTimeOffset.UnixEpoch,
            Columns = Number("columns", 80, 1, 2048),
            Rows = Number("rows", 24, 1, 2048),
            Encoding = Text("encoding", "utf-8"),
            AnsiBbs = Flag("ansi-bbs"),
            IceColours = Flag("ice-colours"),
            Host = Text("host", ""),
            Port = Number("port", 0, 0, 65535),
            Tls = Flag("tls"),
            HostId = Text("host-id", ""),
            Client = Text("client", ""),
            Other = values,
        };
    }
}
