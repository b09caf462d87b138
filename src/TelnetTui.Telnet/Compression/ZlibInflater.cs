using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TelnetTui.Telnet.Compression;

/// <summary>What one <see cref="ZlibInflater.Inflate"/> call ended with.</summary>
internal enum InflateStatus
{
    /// <summary>All input was used; call again with more.</summary>
    NeedsInput,
    /// <summary>The output window is full; consume the output and call again with the rest of the input.</summary>
    OutputFull,
    /// <summary>The zlib stream ended (trailer checked); bytes after it were not consumed.</summary>
    StreamEnd,
    /// <summary>The stream is corrupt; <see cref="ZlibInflater.Error"/> says why.</summary>
    Error,
}

/// <summary>
/// A push-style zlib (RFC 1950) / deflate (RFC 1951) decoder that accepts input in any pieces and
/// reports exactly how many input bytes the stream used, so plain telnet can resume right after it
/// (MCCP2 ends compression by ending the stream). System.IO.Compression in .NET 10 has no way to
/// learn where a zlib stream ended inside its input, which is why this exists.
/// Output is delivered from an internal window; no allocation after construction.
/// </summary>
internal sealed partial class ZlibInflater
{
    private const int WindowSize = 32768;
    private const int BufferSize = 4 * WindowSize;
    private const int MaxMatch = 258;
    /// <summary>Room for the longest match plus the 8-byte over-copy of <see cref="CopyMatch"/>.</summary>
    private const int OutputLimit = BufferSize - MaxMatch - 8;
    private const int SlideThreshold = 2 * WindowSize;
    private const int EndOfBlock = 256;

    private enum State { Header, BlockHeader, StoredLength, StoredCopy, TableSizes, CodeLengthLengths, CodeLengths, Codes, Trailer, Done, Failed }

    private readonly byte[] _out = new byte[BufferSize];
    private readonly HuffmanTable _dynamicLit = new(288);
    private readonly HuffmanTable _dynamicDist = new(32);
    private readonly HuffmanTable _codeLengthTable = new(19);
    private readonly byte[] _lengths = new byte[288 + 32];
    private HuffmanTable _lit = null!;
    private HuffmanTable _dist = null!;

    private State _state;
    private ulong _bits;
    private int _bitCount;
    private int _outPos;
    private long _totalOut;
    private uint _adler;
    private bool _finalBlock;
    private int _storedRemaining;
    private int _litCount, _distCount, _codeLengthCount, _lengthIndex;

    public ZlibInflater() => Reset();

    /// <summary>Why the stream was rejected, after <see cref="InflateStatus.Error"/>.</summary>
    public string? Error { get; private set; }

    /// <summary>Total decompressed bytes since the stream began.</summary>
    public long TotalOut => _totalOut;

    /// <summary>Starts a new stream.</summary>
    public void Reset()
    {
        _state = State.Header;
        _bits = 0;
        _bitCount = 0;
        _outPos = 0;
        _totalOut = 0;
        _adler = 1;
        _finalBlock = false;
        Error = null;
    }

    /// <summary>
    /// Decodes as much of <paramref name="input"/> as it can. <paramref name="output"/> is valid until
    /// the next call. After <see cref="InflateStatus.StreamEnd"/>, <paramref name="consumed"/> stops at
    /// the last byte of the zlib trailer.
    /// </summary>
    public InflateStatus Inflate(ReadOnlySpan<byte> input, out int consumed, out ReadOnlySpan<byte> output)
    {
        if (_outPos >= SlideThreshold)
        {
            // Keep the last 32 KiB as history for back-references (RFC 1951 §3.2.5: distance ≤ 32768).
            Buffer.BlockCopy(_out, _outPos - WindowSize, _out, 0, WindowSize);
            _outPos = WindowSize;
        }
        var start = _outPos;
        _callStart = start;
        var inPos = 0;
        var status = Run(input, ref inPos);
        if (status == InflateStatus.StreamEnd)
        {
            // Whole bytes still in the bit buffer are past the trailer: give them back.
            inPos -= _bitCount >> 3;
            _bits = 0;
            _bitCount = 0;
        }
        consumed = Math.Max(0, inPos);
        output = new ReadOnlySpan<byte>(_out, start, _outPos - start);
        if (_outPos > start)
        {
            _adler = Adler32.Update(_adler, output);
            _totalOut += _outPos - start;
        }
        if (status == InflateStatus.StreamEnd && _trailerAdler != _adler)
            return Fail("Adler-32 checksum mismatch at the end of the zlib stream", out _);
        return status;
    }

    private uint _trailerAdler;
    private int _callStart;

    private InflateStatus Fail(string message, out int dummy)
    {
        dummy = 0;
        Error = message;
        _state = State.Failed;
        return InflateStatus.Error;
    }

    /// <summary>Loads input into the bit buffer until it holds at least <paramref name="need"/> bits or input runs out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Need(ReadOnlySpan<byte> input, ref int inPos, int need)
    {
        if (_bitCount >= need)
            return true;
        if (input.Length - inPos >= 8)
        {
            var word = BinaryPrimitives.ReadUInt64LittleEndian(input[inPos..]);
            _bits |= word << _bitCount;
            var taken = (63 - _bitCount) >> 3;
            inPos += taken;
            _bitCount |= 56;
            // Keep bits above the count clear: stored blocks copy bytes straight from the input.
            _bits &= ulong.MaxValue >> (64 - _bitCount);
            return true;
        }
        while (_bitCount < need && inPos < input.Length)
        {
            _bits |= (ulong)input[inPos++] << _bitCount;
            _bitCount += 8;
        }
        return _bitCount >= need;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Drop(int n)
    {
        _bits >>= n;
        _bitCount -= n;
    }

    private InflateStatus Run(ReadOnlySpan<byte> input, ref int inPos)
    {
        while (true)
        {
            switch (_state)
            {
                case State.Header:
                {
                    if (!Need(input, ref inPos, 16))
                        return InflateStatus.NeedsInput;
                    var cmf = (int)(_bits & 0xFF);
                    var flg = (int)((_bits >> 8) & 0xFF);
                    Drop(16);
                    // RFC 1950 §2.2: method 8 (deflate), window ≤ 32 KiB, check bits, no preset dictionary.
                    if ((cmf & 0x0F) != 8 || (cmf >> 4) > 7)
                        return Fail("not a zlib deflate stream (bad CMF byte)", out _);
                    if (((cmf << 8) | flg) % 31 != 0)
                        return Fail("zlib header check failed", out _);
                    if ((flg & 0x20) != 0)
                        return Fail("zlib preset dictionary is not supported", out _);
                    _state = State.BlockHeader;
                    break;
                }
                case State.BlockHeader:
                {
                    if (_finalBlock)
                    {
                        Drop(_bitCount & 7);
                        _state = State.Trailer;
                        break;
                    }
                    if (!Need(input, ref inPos, 3))
                        return InflateStatus.NeedsInput;
                    _finalBlock = (_bits & 1) != 0;
                    var type = (int)((_bits >> 1) & 3);
                    Drop(3);
                    switch (type)
                    {
                        case 0:
                            Drop(_bitCount & 7);
                            _state = State.StoredLength;
                            break;
                        case 1:
                            (_lit, _dist) = DeflateTables.Fixed.Value;
                            _state = State.Codes;
                            break;
                        case 2:
                            _state = State.TableSizes;
                            break;
                        default:
                            return Fail("invalid deflate block type 3", out _);
                    }
                    break;
                }
                case State.StoredLength:
                {
                    if (!Need(input, ref inPos, 32))
                        return InflateStatus.NeedsInput;
                    var len = (int)(_bits & 0xFFFF);
                    var nlen = (int)((_bits >> 16) & 0xFFFF);
                    Drop(32);
                    if (len != (~nlen & 0xFFFF))
                        return Fail("stored block length check failed", out _);
                    _storedRemaining = len;
                    _state = State.StoredCopy;
                    break;
                }
                case State.StoredCopy:
                {
                    while (_storedRemaining > 0 && _bitCount >= 8)
                    {
                        if (_outPos >= OutputLimit)
                            return InflateStatus.OutputFull;
                        _out[_outPos++] = (byte)_bits;
                        Drop(8);
                        _storedRemaining--;
                    }
                    if (_storedRemaining > 0)
                    {
                        if (_outPos >= OutputLimit)
                            return InflateStatus.OutputFull;
                        var n = Math.Min(Math.Min(_storedRemaining, input.Length - inPos), OutputLimit - _outPos);
                        if (n == 0)
                            return InflateStatus.NeedsInput;
                        input.Slice(inPos, n).CopyTo(_out.AsSpan(_outPos));
                        inPos += n;
                        _outPos += n;
                        _storedRemaining -= n;
                        break;
                    }
                    _state = State.BlockHeader;
                    break;
                }
                case State.TableSizes:
                {
                    if (!Need(input, ref inPos, 14))
                        return InflateStatus.NeedsInput;
                    _litCount = (int)(_bits & 31) + 257;
                    _distCount = (int)((_bits >> 5) & 31) + 1;
                    _codeLengthCount = (int)((_bits >> 10) & 15) + 4;
                    Drop(14);
                    if (_litCount > 286 || _distCount > 30)
                        return Fail("too many length or distance codes", out _);
                    Array.Clear(_lengths);
                    _lengthIndex = 0;
                    _state = State.CodeLengthLengths;
                    break;
                }
                case State.CodeLengthLengths:
                {
                    while (_lengthIndex < _codeLengthCount)
                    {
                        if (!Need(input, ref inPos, 3))
                            return InflateStatus.NeedsInput;
                        _lengths[DeflateTables.CodeLengthOrder[_lengthIndex++]] = (byte)(_bits & 7);
                        Drop(3);
                    }
                    var error = _codeLengthTable.Build(_lengths.AsSpan(0, 19));
                    if (error is not null)
                        return Fail(error, out _);
                    Array.Clear(_lengths);
                    _lengthIndex = 0;
                    _state = State.CodeLengths;
                    break;
                }
                case State.CodeLengths:
                {
                    var total = _litCount + _distCount;
                    while (_lengthIndex < total)
                    {
                        // Longest step: a 7-bit code plus 7 extra bits (symbol 18).
                        Need(input, ref inPos, 14);
                        var entry = _codeLengthTable.Lookup(_bits);
                        var len = (entry >> 16) & 0xF;
                        if (len == 0 || len > _bitCount)
                            return _bitCount >= 7 && len == 0 ? Fail("invalid code-length code", out _) : InflateStatus.NeedsInput;
                        var symbol = entry & 0xFFFF;
                        if (symbol < 16)
                        {
                            Drop(len);
                            _lengths[_lengthIndex++] = (byte)symbol;
                            continue;
                        }
                        var extraBits = symbol == 16 ? 2 : symbol == 17 ? 3 : 7;
                        if (len + extraBits > _bitCount)
                            return InflateStatus.NeedsInput;
                        var extra = (int)((_bits >> len) & ((1UL << extraBits) - 1));
                        Drop(len + extraBits);
                        int repeat;
                        byte value = 0;
                        if (symbol == 16)
                        {
                            if (_lengthIndex == 0)
                                return Fail("code-length repeat with no previous length", out _);
                            value = _lengths[_lengthIndex - 1];
                            repeat = 3 + extra;
                        }
                        else
                        {
                            repeat = symbol == 17 ? 3 + extra : 11 + extra;
                        }
                        if (_lengthIndex + repeat > total)
                            return Fail("code lengths overflow the table sizes", out _);
                        _lengths.AsSpan(_lengthIndex, repeat).Fill(value);
                        _lengthIndex += repeat;
                    }
                    if (_lengths[EndOfBlock] == 0)
                        return Fail("dynamic block has no end-of-block code", out _);
                    var litError = _dynamicLit.Build(_lengths.AsSpan(0, _litCount));
                    var distError = litError ?? _dynamicDist.Build(_lengths.AsSpan(_litCount, _distCount));
                    if (litError is not null || distError is not null)
                        return Fail(litError ?? distError!, out _);
                    _lit = _dynamicLit;
                    _dist = _dynamicDist;
                    _state = State.Codes;
                    break;
                }
                case State.Codes:
                {
                    var status = DecodeCodes(input, ref inPos);
                    if (status is { } s)
                        return s;
                    break;
                }
                case State.Trailer:
                {
                    if (!Need(input, ref inPos, 32))
                        return InflateStatus.NeedsInput;
                    var raw = (uint)(_bits & 0xFFFFFFFF);
                    Drop(32);
                    _trailerAdler = BinaryPrimitives.ReverseEndianness(raw);
                    _state = State.Done;
                    return InflateStatus.StreamEnd;
                }
                case State.Done:
                    return InflateStatus.StreamEnd;
                default:
                    return InflateStatus.Error;
            }
        }
    }

    /// <summary>
    /// Decodes literal/length and distance codes until the block ends (null: continue with the next
    /// state), input runs out, or the window is full. A symbol is only consumed once all its bits
    /// (at most 15+5+15+13 = 48) are present, so no partial-symbol state is kept between calls.
    /// </summary>
    private InflateStatus? DecodeCodes(ReadOnlySpan<byte> input, ref int inPos)
    {
        switch (FastDecode(input, ref inPos))
        {
            case FastResult.Failed:
                return InflateStatus.Error;
            case FastResult.BlockEnded:
                _state = State.BlockHeader;
                return null;
        }
        var outBuf = _out;
        var lit = _lit;
        var dist = _dist;
        while (true)
        {
            if (_outPos >= OutputLimit)
                return InflateStatus.OutputFull;
            Need(input, ref inPos, 48);
            var bits = _bits;
            var available = _bitCount;
            var entry = lit.Lookup(bits);
            var len = (entry >> 16) & 0xF;
            if (len == 0 || len > available)
                return available >= HuffmanTable.MaxCodeLength && len == 0 ? Fail("invalid literal/length code", out _) : InflateStatus.NeedsInput;
            var symbol = entry & 0xFFFF;
            if (symbol < 256)
            {
                Drop(len);
                outBuf[_outPos++] = (byte)symbol;
                continue;
            }
            if (symbol == EndOfBlock)
            {
                Drop(len);
                _state = State.BlockHeader;
                return null;
            }
            var lengthCode = symbol - 257;
            if (lengthCode >= 29)
                return Fail("invalid length symbol", out _);
            var used = len;
            int lengthExtra = DeflateTables.LengthExtra[lengthCode];
            if (used + lengthExtra > available)
                return InflateStatus.NeedsInput;
            var length = DeflateTables.LengthBase[lengthCode] + (int)((bits >> used) & ((1UL << lengthExtra) - 1));
            used += lengthExtra;
            var distEntry = dist.Lookup(bits >> used);
            var distLen = (distEntry >> 16) & 0xF;
            if (distLen == 0 || used + distLen > available)
                return available - used >= HuffmanTable.MaxCodeLength && distLen == 0 ? Fail("invalid distance code", out _) : InflateStatus.NeedsInput;
            used += distLen;
            var distCode = distEntry & 0xFFFF;
            if (distCode >= 30)
                return Fail("invalid distance symbol", out _);
            int distExtra = DeflateTables.DistanceExtra[distCode];
            if (used + distExtra > available)
                return InflateStatus.NeedsInput;
            var distance = DeflateTables.DistanceBase[distCode] + (int)((bits >> used) & ((1UL << distExtra) - 1));
            used += distExtra;
            if (distance > _totalOut + (_outPos - _callStart))
                return Fail("distance reaches back before the start of the stream", out _);
            Drop(used);
            CopyMatch(outBuf, ref _outPos, distance, length);
        }
    }
}
