using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TelnetTui.Telnet.Compression;

/// <summary>The inflater's hot path: literal/length/distance decoding with locals, and match copies.</summary>
internal sealed partial class ZlibInflater
{
    private enum FastResult { Continue, BlockEnded, Failed }

    /// <summary>
    /// The hot loop, with the bit buffer and output position in locals: runs while at least 8 input bytes
    /// and a full match of output space remain, so every symbol's bits are present without checks.
    /// Hands back to the careful loop near the end of the input or the window.
    /// </summary>
    private FastResult FastDecode(ReadOnlySpan<byte> input, ref int inPos)
    {
        var bits = _bits;
        var count = _bitCount;
        var outPos = _outPos;
        var outBuf = _out;
        var lit = _lit;
        var dist = _dist;
        var history = _totalOut - _callStart;
        var result = FastResult.Continue;
        while (input.Length - inPos >= 8 && outPos < OutputLimit)
        {
            if (count < 48)
            {
                bits |= BinaryPrimitives.ReadUInt64LittleEndian(input[inPos..]) << count;
                inPos += (63 - count) >> 3;
                count |= 56;
                bits &= ulong.MaxValue >> (64 - count);
            }
            var entry = lit.Lookup(bits);
            var len = (entry >> 16) & 0xF;
            if (len == 0)
            {
                Fail("invalid literal/length code", out _);
                result = FastResult.Failed;
                break;
            }
            var symbol = entry & 0xFFFF;
            if (symbol < 256)
            {
                bits >>= len;
                count -= len;
                outBuf[outPos++] = (byte)symbol;
                continue;
            }
            if (symbol == EndOfBlock)
            {
                bits >>= len;
                count -= len;
                result = FastResult.BlockEnded;
                break;
            }
            var lengthCode = symbol - 257;
            if (lengthCode >= 29)
            {
                Fail("invalid length symbol", out _);
                result = FastResult.Failed;
                break;
            }
            var used = len;
            int lengthExtra = DeflateTables.LengthExtra[lengthCode];
            var length = DeflateTables.LengthBase[lengthCode] + (int)((bits >> used) & ((1UL << lengthExtra) - 1));
            used += lengthExtra;
            var distEntry = dist.Lookup(bits >> used);
            var distLen = (distEntry >> 16) & 0xF;
            var distCode = distEntry & 0xFFFF;
            if (distLen == 0 || distCode >= 30)
            {
                Fail("invalid distance code", out _);
                result = FastResult.Failed;
                break;
            }
            used += distLen;
            int distExtra = DeflateTables.DistanceExtra[distCode];
            var distance = DeflateTables.DistanceBase[distCode] + (int)((bits >> used) & ((1UL << distExtra) - 1));
            used += distExtra;
            if (distance > history + outPos)
            {
                Fail("distance reaches back before the start of the stream", out _);
                result = FastResult.Failed;
                break;
            }
            bits >>= used;
            count -= used;
            CopyMatch(outBuf, ref outPos, distance, length);
        }
        _bits = bits;
        _bitCount = count;
        _outPos = outPos;
        return result;
    }

    /// <summary>
    /// Copies a back-reference. Copies run in 8-byte words and may write up to 7 bytes past the match
    /// (the window keeps room for that); a distance under 8 overlaps itself and goes byte by byte.
    /// </summary>
    private static void CopyMatch(byte[] buffer, ref int outPos, int distance, int length)
    {
        var src = outPos - distance;
        ref var b = ref MemoryMarshal.GetArrayDataReference(buffer);
        if (distance >= 8)
        {
            for (var i = 0; i < length; i += 8)
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref b, outPos + i), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, src + i)));
        }
        else if (distance == 1)
        {
            buffer.AsSpan(outPos, length).Fill(buffer[src]);
        }
        else
        {
            for (var i = 0; i < length; i++)
                Unsafe.Add(ref b, outPos + i) = Unsafe.Add(ref b, src + i);
        }
        outPos += length;
    }
}
