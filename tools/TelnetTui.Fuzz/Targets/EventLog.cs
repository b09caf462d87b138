using System.Text;

namespace TelnetTui.Fuzz.Targets;

/// <summary>What a parser reported, as text lines with adjacent data runs joined (chunking may split data events but must not change them).</summary>
internal sealed class EventLog
{
    /// <summary>Data kept per log; the rest is counted (inputs are small, but MCCP can inflate them).</summary>
    private const int MaxDataChars = 1 << 20;

    private readonly List<string> _events = [];
    private readonly StringBuilder _data = new();
    private long _dataBytes;

    public int Count => _events.Count;

    public void Data(ReadOnlySpan<byte> data)
    {
        _dataBytes += data.Length;
        foreach (var b in data)
        {
            if (_data.Length >= MaxDataChars)
                break;
            _data.Append((char)b);
        }
    }

    public void Add(string text)
    {
        FlushData();
        _events.Add(text);
    }

    /// <summary>The events up to (not including) the first that <paramref name="stop"/> matches.</summary>
    public IReadOnlyList<string> Until(Func<string, bool> stop)
    {
        FlushData();
        var index = _events.FindIndex(e => stop(e));
        return index < 0 ? _events : _events.GetRange(0, index);
    }

    private void FlushData()
    {
        if (_dataBytes == 0)
            return;
        _events.Add($"data {_dataBytes}: {_data}");
        _data.Clear();
        _dataBytes = 0;
    }

    /// <summary>Throws a <see cref="FuzzCheckException"/> naming the first difference.</summary>
    public static void AssertSame(string what, IReadOnlyList<string> whole, IReadOnlyList<string> chunked)
    {
        var n = Math.Min(whole.Count, chunked.Count);
        for (var i = 0; i < n; i++)
        {
            if (whole[i] != chunked[i])
                throw new FuzzCheckException($"{what}: event {i} differs when fed in pieces: whole '{Cut(whole[i])}', in pieces '{Cut(chunked[i])}'");
        }
        if (whole.Count != chunked.Count)
            throw new FuzzCheckException($"{what}: {whole.Count} events whole, {chunked.Count} in pieces");
    }

    private static string Cut(string text) => text.Length > 200 ? text[..200] + "..." : text;
}
