using System.Globalization;
using System.Text;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Options;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Tests.Infrastructure;
using TelnetTui.Telnet.Values;
using TelnetTui.Testing;

namespace TelnetTui.Telnet.Tests.Conformance;

/// <summary>
/// libtelnet's vectors, read in place from ../shared/libtelnet-test, run through our engine whose
/// events are printed in libtelnet's transcript format, whole and split at every byte. Deliberate
/// differences (also in the README):
/// <list type="bullet">
/// <item>ZMP: we have no ZMP handler; the ZMP lines are derived here from the raw SB payload we deliver
/// (NUL-terminated arguments). An unterminated frame is a warning in libtelnet; we deliver the SB as is.</item>
/// <item>MSSP: a variable without value is kept as null in our tree; libtelnet leaves it out.</item>
/// <item>Negotiation lines: libtelnet prints an event when an option changes state; we map our
/// OptionChanged (local on = DO, local off = DONT, remote on = WILL, remote off = WONT) with a policy
/// that accepts what libtelnet's test accepted (ZMP on our side) and refuses the rest.</item>
/// </list>
/// </summary>
public class LibtelnetVectorTests
{
    public static TheoryData<string> Names() =>
        new("environ01", "environ02", "environ03", "mssp01", "rfc1143", "simple01", "simple02", "ttype01", "zmp01", "zmp02", "zmp03");

    [Theory]
    [MemberData(nameof(Names))]
    public void Libtelnet_vector_gives_libtelnet_transcript(string name)
    {
        var folder = SharedData.Require("libtelnet-test");
        var vector = LibtelnetVector.Load(folder, name);
        Chunkings.AssertAllEqual(vector.Input, vector.Expected.ToList(), Run, (a, b) => a.SequenceEqual(b), Transcript.Describe);
    }

    [Fact]
    public void Every_libtelnet_vector_is_run()
    {
        var folder = SharedData.Require("libtelnet-test");
        var present = Directory.GetFiles(folder, "*.input").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        Assert.Equal(Names().Select(row => (string)row.Data).Order(), present!);
    }

    private static List<string> Run(byte[][] pieces)
    {
        var settings = new TelnetSettings
        {
            Policy = new NegotiationPolicy().Set(TelnetOption.Zmp, TelnetSide.Local, OptionPolicy.Accept),
        };
        var engine = new TelnetEngine(settings);
        var lines = new List<string>();
        var data = new List<byte>();
        void Flush()
        {
            if (data.Count == 0)
                return;
            lines.Add($"DATA [{data.Count}] ==> {Encoding.Latin1.GetString(data.ToArray())}");
            data.Clear();
        }
        void Add(string line)
        {
            Flush();
            lines.Add(line);
        }

        engine.DataReceived += d => data.AddRange(d);
        engine.Recorded += r =>
        {
            if (r.Direction != TelnetDirection.Received)
                return;
            if (r.Kind == RecordKind.Command)
                Add($"IAC {r.Raw.Span[1]} ({TelnetCommand.Name(r.Raw.Span[1])})");
            else if (r.Kind == RecordKind.Subnegotiation && r.Option is { } option)
            {
                var payload = Unescape(r.Raw.Span[3..^2]);
                var line = option switch
                {
                    TelnetOption.TerminalType => Ttype(payload),
                    TelnetOption.Environ or TelnetOption.NewEnviron => Environ(r.Meaning, payload),
                    TelnetOption.Zmp => Zmp(payload),
                    _ => null,
                };
                if (line is not null)
                    Add(line);
            }
        };
        engine.OptionChanged += c =>
        {
            var verb = (c.Side, c.Enabled) switch
            {
                (TelnetSide.Local, true) => "DO",
                (TelnetSide.Local, false) => "DONT",
                (TelnetSide.Remote, true) => "WILL",
                _ => "WONT",
            };
            Add($"{verb} {c.Option} ({TelnetOption.Name(c.Option)})");
        };
        engine.MudMessageReceived += m =>
        {
            if (m.Protocol != MudProtocol.Mssp)
                return;
            var pairs = new List<string>();
            foreach (var (key, value) in m.Value.Members)
            {
                var values = value.Kind == MudValueKind.Array ? value.Items : value.Kind == MudValueKind.Null ? [] : [value];
                pairs.AddRange(values.Select(v => $"\"{key}\"=\"{v.AsString}\""));
            }
            Add($"MSSP [{pairs.Count}] ==>" + string.Concat(pairs.Select(p => " " + p)));
        };

        foreach (var piece in pieces)
            engine.Receive(piece);
        Flush();
        return lines;
    }

    private static byte[] Unescape(ReadOnlySpan<byte> escaped)
    {
        var result = new List<byte>(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            result.Add(escaped[i]);
            if (escaped[i] == 0xFF)
                i++;
        }
        return result.ToArray();
    }

    private static string? Ttype(byte[] payload) => payload.Length == 0 ? null : payload[0] switch
    {
        1 => "TTYPE SEND ",
        0 => "TTYPE IS " + Encoding.ASCII.GetString(payload, 1, payload.Length - 1),
        _ => null,
    };

    /// <summary>Our record's words with libtelnet's part count and its %XX escapes instead of our \xXX.</summary>
    private static string Environ(string meaning, byte[] payload)
    {
        var parts = payload.Length > 1 ? EnvironmentCodec.Parse(payload.AsSpan(1)).Count : 0;
        var words = meaning[(meaning.IndexOf(' ', 3) + 1)..];
        for (var i = words.IndexOf("\\x", StringComparison.Ordinal); i >= 0; i = words.IndexOf("\\x", StringComparison.Ordinal))
            words = words[..i] + "%" + words[(i + 2)..];
        return $"ENVIRON [{parts} parts] ==> {words}";
    }

    private static string Zmp(byte[] payload)
    {
        if (payload.Length == 0 || payload[^1] != 0)
            return "WARNING: incomplete ZMP frame";
        var args = Encoding.ASCII.GetString(payload, 0, payload.Length - 1).Split('\0');
        return string.Create(CultureInfo.InvariantCulture, $"ZMP ({args[0]}) [{args.Length}]");
    }
}
