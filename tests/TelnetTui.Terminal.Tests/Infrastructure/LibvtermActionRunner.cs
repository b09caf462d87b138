using System.Globalization;
using System.Text;
using TelnetTui.Terminal.Parsing;
using TelnetTui.Terminal.Text;

namespace TelnetTui.Terminal.Tests.Infrastructure;

/// <summary>
/// Runs libvterm's action-level files: 02parser.test against <see cref="VtParser"/>'s actions and
/// 03encoding_utf8.test against <see cref="Utf8Decoder"/>. libvterm reports strings in fragments and
/// text in chunks; both sides are normalised (fragments joined, adjacent text merged) before comparing,
/// one result per PUSH/ENCIN.
/// </summary>
public static class LibvtermActionRunner
{
    public static List<LibvtermResult> Run(string path)
    {
        var file = Path.GetFileName(path);
        var results = new List<LibvtermResult>();
        var recorder = new Recorder();
        var parser = new VtParser(recorder);
        var decoder = new Utf8Decoder();
        string? pendingId = null;
        string pendingText = "";
        var caseName = "";
        var expected = new List<string>();
        List<string>? actual = null;

        void Flush()
        {
            if (pendingId is null)
                return;
            var want = Normalise(expected);
            var got = Normalise(actual ?? []);
            var ok = want.SequenceEqual(got);
            results.Add(new LibvtermResult(pendingId, caseName, pendingText, ok ? LibvtermOutcome.Passed : LibvtermOutcome.Failed,
                ok ? "" : $"expected [{string.Join(" | ", want)}], got [{string.Join(" | ", got)}]"));
            pendingId = null;
            expected.Clear();
        }

        var lines = File.ReadAllLines(path);
        for (var n = 0; n < lines.Length; n++)
        {
            var raw = lines[n];
            var text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
                continue;
            if (char.IsWhiteSpace(raw[0]))
            {
                expected.Add(text);
                continue;
            }
            if (text.StartsWith('!'))
            {
                Flush();
                caseName = text[1..].Trim();
                continue;
            }
            var space = text.IndexOf(' ');
            var verb = space < 0 ? text : text[..space];
            var arg = space < 0 ? "" : text[(space + 1)..].Trim();
            switch (verb)
            {
                case "UTF8":
                    parser.RecognizeC1 = arg != "1";
                    break;
                case "PUSH":
                    Flush();
                    recorder.Events.Clear();
                    parser.Advance(Encoding.Latin1.GetString(PerlString.Evaluate(arg)));
                    actual = [.. recorder.Events];
                    pendingId = $"{file}:{n + 1}";
                    pendingText = text;
                    break;
                case "ENCIN":
                    Flush();
                    var bytes = PerlString.Evaluate(arg);
                    var chars = new char[64];
                    var count = decoder.Decode(bytes, chars, out _);
                    var cps = new string(chars, 0, count).EnumerateRunes().Select(r => r.Value).ToList();
                    actual = cps.Count == 0 ? [] : [$"encout {string.Join(",", cps.Select(c => $"0x{c:x}"))}"];
                    pendingId = $"{file}:{n + 1}";
                    pendingText = text;
                    break;
            }
        }
        Flush();
        return results;
    }

    /// <summary>Canonical event strings: numbers in hex, adjacent text/encout merged, string fragments joined.</summary>
    private static List<string> Normalise(List<string> events)
    {
        var result = new List<string>();
        var open = ""; // a string (osc/dcs/apc...) being joined from fragments
        foreach (var e in events)
        {
            var space = e.IndexOf(' ');
            var kind = space < 0 ? e : e[..space];
            var rest = space < 0 ? "" : e[(space + 1)..].Trim();
            switch (kind)
            {
                case "text":
                case "encout":
                    var values = rest.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Hex);
                    if (result.Count > 0 && result[^1].StartsWith(kind + " ", StringComparison.Ordinal))
                        result[^1] += "," + string.Join(",", values);
                    else
                        result.Add(kind + " " + string.Join(",", values));
                    break;
                case "control":
                    result.Add("control " + Hex(rest));
                    break;
                case "osc":
                case "dcs":
                case "apc":
                case "pm":
                case "sos":
                    var body = rest;
                    var starts = body.StartsWith('[');
                    var ends = body.EndsWith(']');
                    if (starts)
                        body = body[1..];
                    if (ends)
                        body = body[..^1];
                    open += Unquote(body.Trim());
                    if (ends)
                    {
                        result.Add($"{kind} {open}");
                        open = "";
                    }
                    break;
                default:
                    result.Add(e);
                    break;
            }
        }
        return result;
    }

    private static string Unquote(string s)
    {
        // 'osc [52 "abc"' -> '52 abc'; '"def"' -> 'def'
        var sb = new StringBuilder();
        var quote = s.IndexOf('"');
        if (quote < 0)
            return s;
        sb.Append(s[..quote]);
        var close = s.LastIndexOf('"');
        sb.Append(Encoding.Latin1.GetString(PerlString.Evaluate(s[quote..(close + 1)])));
        return sb.ToString();
    }

    private static string Hex(string number)
    {
        number = number.Trim();
        var v = number.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? Convert.ToInt32(number[2..], 16)
            : int.Parse(number, CultureInfo.InvariantCulture);
        return $"0x{v:x}";
    }

    /// <summary>Writes our parser's actions in libvterm's trace vocabulary.</summary>
    private sealed class Recorder : IVtHandler
    {
        private readonly StringBuilder _dcs = new();

        public List<string> Events { get; } = [];

        public void Print(ReadOnlySpan<char> text) =>
            Events.Add("text " + string.Join(",", text.ToString().EnumerateRunes().Select(r => $"0x{r.Value:x}")));

        public void PrintCodePoint(int codePoint) => Events.Add($"text 0x{codePoint:x}");

        public void Execute(int control) => Events.Add($"control 0x{control:x}");

        public void EscDispatch(in VtSequence s) => Events.Add($"escape \"{Intermediates(s)}{s.Final}\"");

        public void CsiDispatch(in VtSequence s)
        {
            var sb = new StringBuilder($"csi 0x{(int)s.Final:x2}");
            if (s.Prefix != '\0')
                sb.Append($" L={(int)s.Prefix:x2}");
            var args = new List<string>();
            for (var i = 0; i < s.Params.Count; i++)
            {
                var v = s.Params[i].ToString(CultureInfo.InvariantCulture);
                if (s.Params.IsSubParameter(i + 1))
                    v += "+";
                args.Add(v);
            }
            sb.Append(' ').Append(args.Count == 0 ? "*" : string.Join(",", args));
            if (s.Intermediates != 0)
                sb.Append($" I={s.Intermediates:x2}");
            Events.Add(sb.ToString());
        }

        public void OscDispatch(ReadOnlySpan<char> data)
        {
            var text = data.ToString();
            var semi = text.IndexOf(';');
            Events.Add(semi < 0 ? $"osc [{text} ]" : $"osc [{text[..semi]} \"{Escape(text[(semi + 1)..])}\"]");
        }

        public void DcsHook(in VtSequence s)
        {
            _dcs.Clear();
            _dcs.Append(s.Prefix == '\0' ? "" : s.Prefix.ToString()).Append(s.Params.Count > 0 ? s.Params.ToString() : "").Append(Intermediates(s)).Append(s.Final);
        }

        public void DcsPut(ReadOnlySpan<char> data) => _dcs.Append(data);

        public void DcsUnhook(bool completed)
        {
            if (completed)
                Events.Add($"dcs [\"{Escape(_dcs.ToString())}\"]");
        }

        private static string Intermediates(in VtSequence s)
        {
            var text = "";
            for (var v = s.Intermediates; v != 0; v >>= 8)
                text = (char)(v & 0xFF) + text;
            return text;
        }

        private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"");
    }
}
