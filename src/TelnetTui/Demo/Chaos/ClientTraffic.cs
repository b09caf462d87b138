using TelnetTui.Telnet.Decoding;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos;

/// <summary>
/// What the client sent on one chaos connection, decoded with the telnet layer's own decoder and
/// counted: negotiations per verb and option, subnegotiations, commands and data. Tests read it to
/// check that negotiation replies stay bounded (RFC 1143) however the server behaves. Thread-safe.
/// </summary>
public sealed class ClientTraffic : ITelnetDecoderSink
{
    /// <summary>Data bytes kept for tests to read (the first ones; later data is only counted).</summary>
    public const int MaxDataKept = 256 * 1024;

    private readonly Lock _lock = new();
    private readonly MemoryStream _data = new();
    private readonly TelnetDecoder _decoder;
    private readonly int[,] _negotiations = new int[4, 256];
    private readonly int[] _subnegotiations = new int[256];
    private long _bytes;
    private long _dataBytes;
    private int _commands;
    private TaskCompletionSource _changed = NewSignal();

    public ClientTraffic()
    {
        // A client that agreed to MCCP3 (on a WILL MCCP3 from the host) compresses what it sends after
        // IAC SB MCCP3 IAC SE: inflate it, so negotiations are still counted.
        _decoder = new TelnetDecoder(this) { CompressionOption = TelnetOption.Mccp3 };
    }

    /// <summary>Bytes received from the client.</summary>
    public long Bytes
    {
        get { lock (_lock) return _bytes; }
    }

    /// <summary>Data bytes (outside IAC commands) received from the client.</summary>
    public long DataBytes
    {
        get { lock (_lock) return _dataBytes; }
    }

    /// <summary>The first <see cref="MaxDataKept"/> data bytes the client sent (what it typed or answered).</summary>
    public byte[] Data
    {
        get { lock (_lock) return _data.ToArray(); }
    }

    /// <summary>IAC commands other than negotiations and subnegotiations.</summary>
    public int Commands
    {
        get { lock (_lock) return _commands; }
    }

    /// <summary>How many times the client sent <paramref name="verb"/> (WILL/WONT/DO/DONT) for <paramref name="option"/>.</summary>
    public int Negotiations(byte verb, byte option)
    {
        lock (_lock)
            return _negotiations[VerbIndex(verb), option];
    }

    /// <summary>All WILL/WONT/DO/DONT the client sent for <paramref name="option"/>.</summary>
    public int Negotiations(byte option)
    {
        lock (_lock)
            return _negotiations[0, option] + _negotiations[1, option] + _negotiations[2, option] + _negotiations[3, option];
    }

    /// <summary>All WILL/WONT/DO/DONT the client sent.</summary>
    public int TotalNegotiations
    {
        get
        {
            lock (_lock)
            {
                var n = 0;
                foreach (var count in _negotiations)
                    n += count;
                return n;
            }
        }
    }

    public int Subnegotiations(byte option)
    {
        lock (_lock)
            return _subnegotiations[option];
    }

    /// <summary>Feeds bytes read from the client.</summary>
    public void Add(ReadOnlySpan<byte> bytes)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _bytes += bytes.Length;
            _decoder.Feed(bytes);
            changed = _changed;
            _changed = NewSignal();
        }
        changed.TrySetResult();
    }

    /// <summary>Waits until <paramref name="condition"/> holds for what the client sent, or the timeout passes; returns whether it held.</summary>
    public async Task<bool> WaitUntilAsync(Func<ClientTraffic, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
                changed = _changed.Task;
            if (condition(this))
                return true;
            try
            {
                await changed.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return condition(this);
            }
        }
    }

    void ITelnetDecoderSink.OnData(ReadOnlySpan<byte> data)
    {
        _dataBytes += data.Length;
        var room = MaxDataKept - (int)_data.Length;
        if (room > 0)
            _data.Write(data[..Math.Min(room, data.Length)]);
    }

    void ITelnetDecoderSink.OnCommand(byte command) => _commands++;

    void ITelnetDecoderSink.OnNegotiation(byte verb, byte option) => _negotiations[VerbIndex(verb), option]++;

    void ITelnetDecoderSink.OnSubnegotiation(byte option, ReadOnlySpan<byte> payload) => _subnegotiations[option]++;

    void ITelnetDecoderSink.OnNotice(DecoderNotice notice)
    {
    }

    private static int VerbIndex(byte verb) => verb switch
    {
        TelnetCommand.Will => 0,
        TelnetCommand.Wont => 1,
        TelnetCommand.Do => 2,
        TelnetCommand.Dont => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "not WILL, WONT, DO or DONT"),
    };

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
