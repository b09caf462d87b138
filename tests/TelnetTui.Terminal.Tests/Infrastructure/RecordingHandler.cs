using System.Text;
using TelnetTui.Terminal.Parsing;

namespace TelnetTui.Terminal.Tests.Infrastructure;

/// <summary>Records parser actions as strings; adjacent prints and DCS puts are merged, so chunking cannot show.</summary>
public sealed class RecordingHandler : IVtHandler
{
    public List<string> Events { get; } = [];
    public List<VtSequenceCopy> Csi { get; } = [];

    public void Print(ReadOnlySpan<char> text) => Append("print:", text.ToString());

    public void PrintCodePoint(int codePoint) => Append("print:", char.ConvertFromUtf32(codePoint));

    public void Execute(int control) => Events.Add($"exec:{control:x2}");

    public void EscDispatch(in VtSequence s) => Events.Add($"esc:{s}");

    public void CsiDispatch(in VtSequence s)
    {
        Events.Add($"csi:{s}");
        Csi.Add(VtSequenceCopy.Of(s));
    }

    public void OscDispatch(ReadOnlySpan<char> data) => Events.Add($"osc:{data.Length}:{Short(data)}");

    public void DcsHook(in VtSequence s) => Events.Add($"hook:{s}");

    public void DcsPut(ReadOnlySpan<char> data) => Append("put:", data.ToString());

    public void DcsUnhook(bool completed) => Events.Add($"unhook:{completed}");

    private void Append(string kind, string text)
    {
        if (Events.Count > 0 && Events[^1].StartsWith(kind, StringComparison.Ordinal))
            Events[^1] += text;
        else
            Events.Add(kind + text);
    }

    private static string Short(ReadOnlySpan<char> data) => data.Length <= 64 ? data.ToString() : data[..64].ToString() + "…";
}

/// <summary>A copy of a dispatched sequence's parameters (the parser reuses its own).</summary>
public sealed record VtSequenceCopy(char Prefix, int Intermediates, char Final, int[] Values, bool[] Sub)
{
    public static VtSequenceCopy Of(in VtSequence s)
    {
        var values = new int[s.Params.Count];
        var sub = new bool[s.Params.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = s.Params[i];
            sub[i] = s.Params.IsSubParameter(i);
        }
        return new VtSequenceCopy(s.Prefix, s.Intermediates, s.Final, values, sub);
    }
}

public static class ParserHarness
{
    public static RecordingHandler Run(string text, bool c1 = false, params int[] cuts)
    {
        var handler = new RecordingHandler();
        var parser = new VtParser(handler) { RecognizeC1 = c1 };
        var from = 0;
        foreach (var cut in cuts.Append(text.Length))
        {
            parser.Advance(text.AsSpan(from, cut - from));
            from = cut;
        }
        return handler;
    }

    public static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();
}
