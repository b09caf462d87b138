using TelnetTui.Telnet.Compression;
using static TelnetTui.Telnet.Protocol.TelnetCommand;

namespace TelnetTui.Telnet.Decoding;

/// <summary>
/// The receive side of RFC 854/855 as a pure state machine: bytes in, in any pieces, events out to an
/// <see cref="ITelnetDecoderSink"/>. Data is delivered as spans sliced from the input (one vectorised
/// search for IAC, and for NUL outside BINARY, finds the next special byte), so plain text costs no
/// per-byte work. It also inflates MCCP2/MCCP3 streams, starting at the byte after the
/// <c>IAC SB option IAC SE</c> marker even when that marker and the compressed data share one read.
/// Not thread-safe; a sink must not call <see cref="Feed"/> from inside a callback.
/// </summary>
public sealed class TelnetDecoder
{
    /// <summary>Default <see cref="MaxSubnegotiationLength"/>: 64 KiB.</summary>
    public const int DefaultMaxSubnegotiationLength = 64 * 1024;

    /// <summary>
    /// Default <see cref="MaxInflatedBytesPerFeed"/>: 64 MiB. Deflate cannot expand more than about
    /// 1032:1, so a 64 KiB read of a genuine stream stays below this; more is a decompression bomb.
    /// </summary>
    public const long DefaultMaxInflatedBytesPerFeed = 64L * 1024 * 1024;

    private const byte Cr = 13;
    private const byte Nul = 0;
    private const int InitialSubnegotiationBuffer = 256;
    private static readonly byte[] DataFF = [Iac];

    private enum State : byte { Data, Iac, Negotiation, SbOption, SbOptionIac, SbData, SbIac, SbDrop, SbDropIac }

    private readonly ITelnetDecoderSink _sink;
    private State _state;
    private byte _verb;
    private byte _sbOption;
    private byte[] _sb = [];
    private int _sbLength;
    private bool _crPending;
    private ZlibInflater? _inflater;
    private byte _compressing;

    public TelnetDecoder(ITelnetDecoderSink sink, int maxSubnegotiationLength = DefaultMaxSubnegotiationLength,
        long maxInflatedBytesPerFeed = DefaultMaxInflatedBytesPerFeed)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSubnegotiationLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInflatedBytesPerFeed, 1);
        _sink = sink;
        MaxSubnegotiationLength = maxSubnegotiationLength;
        MaxInflatedBytesPerFeed = maxInflatedBytesPerFeed;
    }

    /// <summary>Longest subnegotiation payload kept; longer ones are dropped and reported.</summary>
    public int MaxSubnegotiationLength { get; }

    /// <summary>Most decompressed bytes one <see cref="Feed"/> may produce before the stream is treated as a bomb.</summary>
    public long MaxInflatedBytesPerFeed { get; }

    /// <summary>
    /// True when the peer sends BINARY (RFC 856): received bytes are not translated (CR NUL stays CR NUL).
    /// </summary>
    public bool BinaryMode { get; set; }

    /// <summary>
    /// The option whose empty subnegotiation starts a zlib stream (MCCP2 = 86 on a client, MCCP3 = 87 on a
    /// server), or null while compression is not agreed. The engine sets it from the option state.
    /// </summary>
    public byte? CompressionOption { get; set; }

    /// <summary>True while received bytes are being inflated.</summary>
    public bool IsInflating { get; private set; }

    /// <summary>Compressed bytes consumed so far (all streams).</summary>
    public long CompressedBytesIn { get; private set; }

    /// <summary>Bytes produced by inflating so far (all streams).</summary>
    public long InflatedBytesOut { get; private set; }

    /// <summary>Bytes held for subnegotiation payloads (never more than <see cref="MaxSubnegotiationLength"/>).</summary>
    internal int SubnegotiationBufferSize => _sb.Length;

    /// <summary>Decodes the next piece of the received stream.</summary>
    public void Feed(ReadOnlySpan<byte> input)
    {
        long inflatedThisFeed = 0;
        while (!input.IsEmpty)
        {
            if (!IsInflating)
            {
                input = input[Process(input, nested: false)..];
                continue;
            }
            var status = _inflater!.Inflate(input, out var consumed, out var output);
            input = input[consumed..];
            CompressedBytesIn += consumed;
            if (!output.IsEmpty)
            {
                inflatedThisFeed += output.Length;
                InflatedBytesOut += output.Length;
                if (inflatedThisFeed > MaxInflatedBytesPerFeed)
                {
                    FailCompression($"more than {MaxInflatedBytesPerFeed} bytes inflated from one read (decompression bomb?)");
                    return;
                }
                Process(output, nested: true);
            }
            if (status == InflateStatus.StreamEnd)
            {
                IsInflating = false;
                _sink.OnNotice(new DecoderNotice(DecoderNoticeKind.CompressionEnded, _compressing, Length: _inflater.TotalOut));
            }
            else if (status == InflateStatus.Error)
            {
                FailCompression(_inflater.Error ?? "corrupt zlib stream");
                return; // the rest of this read is compressed garbage
            }
        }
    }

    private void FailCompression(string detail)
    {
        IsInflating = false;
        _sink.OnNotice(new DecoderNotice(DecoderNoticeKind.CompressionFailed, _compressing, Detail: detail));
    }

    /// <summary>Runs the state machine over <paramref name="input"/>; returns how much it used (less only after a compression marker).</summary>
    private int Process(ReadOnlySpan<byte> input, bool nested)
    {
        var i = 0;
        while (i < input.Length)
        {
            switch (_state)
            {
                case State.Data:
                    i = ScanData(input, i);
                    break;
                case State.Iac:
                    RunCommand(input[i++]);
                    break;
                case State.Negotiation:
                    _state = State.Data;
                    _sink.OnNegotiation(_verb, input[i++]);
                    break;
                case State.SbOption:
                {
                    var b = input[i++];
                    if (b == Iac)
                    {
                        _state = State.SbOptionIac;
                        break;
                    }
                    _sbOption = b;
                    _sbLength = 0;
                    _state = State.SbData;
                    break;
                }
                case State.SbOptionIac:
                {
                    var b = input[i++];
                    if (b == Se)
                    {
                        // IAC SB IAC SE (FF FA FF F0): nothing to deliver, and no option byte to misread.
                        _state = State.Data;
                        _sink.OnNotice(new DecoderNotice(DecoderNoticeKind.EmptySubnegotiation));
                    }
                    else if (b == Iac)
                    {
                        _sbOption = Iac;
                        _sbLength = 0;
                        _state = State.SbData;
                    }
                    else
                    {
                        _sink.OnNotice(new DecoderNotice(DecoderNoticeKind.SubnegotiationInterrupted, Command: b));
                        RunCommand(b);
                    }
                    break;
                }
                case State.SbData:
                {
                    var rest = input[i..];
                    var idx = rest.IndexOf(Iac);
                    var take = idx < 0 ? rest.Length : idx;
                    AppendSubnegotiation(rest[..take]);
                    i += take;
                    if (idx >= 0)
                    {
                        i++;
                        _state = _state == State.SbDrop ? State.SbDropIac : State.SbIac;
                    }
                    break;
                }
                case State.SbIac:
                {
                    var b = input[i++];
                    if (b == Iac)
                    {
                        // RFC 855: IAC IAC inside SB is one 0xFF of payload.
                        _state = State.SbData;
                        AppendSubnegotiation(DataFF);
                    }
                    else if (b == Se)
                    {
                        _state = State.Data;
                        var option = _sbOption;
                        _sink.OnSubnegotiation(option, _sb.AsSpan(0, _sbLength));
                        if (!nested && !IsInflating && CompressionOption == option)
                        {
                            StartInflating(option);
                            return i;
                        }
                    }
                    else
                    {
                        // An IAC command inside an unterminated SB ends it: drop the partial payload, run the command.
                        _sink.OnNotice(new DecoderNotice(DecoderNoticeKind.SubnegotiationInterrupted, _sbOption, b, _sbLength));
                        _sbLength = 0;
                        RunCommand(b);
                    }
                    break;
                }
                case State.SbDrop:
                {
                    var idx = input[i..].IndexOf(Iac);
                    if (idx < 0)
                    {
                        i = input.Length;
                        break;
                    }
                    i += idx + 1;
                    _state = State.SbDropIac;
                    break;
                }
                case State.SbDropIac:
                {
                    var b = input[i++];
                    if (b == Iac)
                        _state = State.SbDrop;
                    else if (b == Se)
                        _state = State.Data;
                    else
                        RunCommand(b);
                    break;
                }
            }
        }
        return i;
    }

    /// <summary>Data state: finds the next IAC (or NUL outside BINARY) with one vectorised search and emits the run before it.</summary>
    private int ScanData(ReadOnlySpan<byte> input, int i)
    {
        var runStart = i;
        var scan = i;
        while (true)
        {
            var rest = input[scan..];
            var idx = BinaryMode ? rest.IndexOf(Iac) : rest.IndexOfAny(Iac, Nul);
            if (idx < 0)
            {
                Emit(input[runStart..]);
                return input.Length;
            }
            var p = scan + idx;
            if (input[p] == Iac)
            {
                if (p + 1 < input.Length && input[p + 1] == Iac)
                {
                    // IAC IAC: the first 0xFF ends this run as data, the second is dropped.
                    Emit(input[runStart..(p + 1)]);
                    runStart = scan = p + 2;
                    continue;
                }
                Emit(input[runStart..p]);
                _state = State.Iac;
                return p + 1;
            }
            // RFC 854: CR NUL is a bare carriage return; the NUL is padding and is dropped.
            var afterCr = p > runStart ? input[p - 1] == Cr : _crPending;
            if (afterCr)
            {
                Emit(input[runStart..p]);
                _crPending = false;
                runStart = p + 1;
            }
            scan = p + 1;
        }
    }

    private void Emit(ReadOnlySpan<byte> run)
    {
        if (run.IsEmpty)
            return;
        _crPending = run[^1] == Cr;
        _sink.OnData(run);
    }

    private void RunCommand(byte b)
    {
        switch (b)
        {
            case Iac:
                _state = State.Data;
                _crPending = false;
                _sink.OnData(DataFF);
                break;
            case Will or Wont or Do or Dont:
                _verb = b;
                _state = State.Negotiation;
                break;
            case Sb:
                _state = State.SbOption;
                break;
            case Se:
                _state = State.Data;
                _sink.OnNotice(new DecoderNotice(DecoderNoticeKind.SeWithoutSubnegotiation));
                break;
            default:
                // GA, EOR, NOP, DM, AYT... and unknown bytes below 236: events, never data.
                _state = State.Data;
                _sink.OnCommand(b);
                break;
        }
    }

    private void AppendSubnegotiation(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty || _state is State.SbDrop)
            return;
        var needed = _sbLength + bytes.Length;
        if (needed > MaxSubnegotiationLength)
        {
            _sink.OnNotice(new DecoderNotice(DecoderNoticeKind.SubnegotiationTooLong, _sbOption, Length: MaxSubnegotiationLength));
            _sbLength = 0;
            _state = State.SbDrop;
            return;
        }
        if (needed > _sb.Length)
        {
            var size = Math.Min(MaxSubnegotiationLength, Math.Max(InitialSubnegotiationBuffer, Math.Max(needed, _sb.Length * 2)));
            Array.Resize(ref _sb, size);
        }
        bytes.CopyTo(_sb.AsSpan(_sbLength));
        _sbLength = needed;
    }

    private void StartInflating(byte option)
    {
        _inflater ??= new ZlibInflater();
        _inflater.Reset();
        _compressing = option;
        IsInflating = true;
        _sink.OnNotice(new DecoderNotice(DecoderNoticeKind.CompressionStarted, option));
    }
}
