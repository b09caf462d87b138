using System.Buffers;
using System.Text.Unicode;

namespace TelnetTui.Terminal.Text;

/// <summary>
/// Streaming UTF-8 (RFC 3629). Invalid sequences become U+FFFD, one per maximal invalid subpart
/// (Unicode §3.9, "U+FFFD Substitution of Maximal Subparts"). ASCII runs are widened in bulk.
/// </summary>
public sealed class Utf8Decoder : TextDecoder
{
    private const int MaxSequenceLength = 4;
    private readonly byte[] _pending = new byte[MaxSequenceLength];
    private int _pendingLength;

    public override int Decode(ReadOnlySpan<byte> source, Span<char> destination, out int bytesConsumed)
    {
        if (destination.Length < MinimumDestinationLength)
            throw new ArgumentException($"destination must hold at least {MinimumDestinationLength} chars", nameof(destination));
        var written = 0;
        bytesConsumed = 0;
        if (_pendingLength > 0)
        {
            if (source.IsEmpty)
                return 0;
            // Finish the split sequence: decode the kept bytes followed by the first few new ones.
            Span<byte> joined = stackalloc byte[MaxSequenceLength * 2];
            _pending.AsSpan(0, _pendingLength).CopyTo(joined);
            var taken = Math.Min(source.Length, MaxSequenceLength);
            source[..taken].CopyTo(joined[_pendingLength..]);
            var total = _pendingLength + taken;
            var status = Utf8.ToUtf16(joined[..total], destination, out var read, out written, replaceInvalidSequences: true, isFinalBlock: false);
            if (status == OperationStatus.NeedMoreData && read < _pendingLength)
            {
                // Still incomplete: everything taken joins the kept prefix (at most three bytes in all).
                var rest = joined[read..total];
                rest.CopyTo(_pending);
                _pendingLength = rest.Length;
                bytesConsumed = taken;
                return written;
            }
            bytesConsumed = read - _pendingLength;
            _pendingLength = 0;
            if (status == OperationStatus.NeedMoreData)
            {
                // The bytes after the kept ones start a new incomplete sequence; keep them for the next call.
                var rest = joined[read..total];
                if (bytesConsumed + rest.Length == source.Length)
                {
                    rest.CopyTo(_pending);
                    _pendingLength = rest.Length;
                    bytesConsumed = source.Length;
                    return written;
                }
            }
            source = source[bytesConsumed..];
        }

        var bulk = Utf8.ToUtf16(source, destination[written..], out var bulkRead, out var bulkWritten, replaceInvalidSequences: true, isFinalBlock: false);
        written += bulkWritten;
        bytesConsumed += bulkRead;
        if (bulk == OperationStatus.NeedMoreData)
        {
            var tail = source[bulkRead..];
            tail.CopyTo(_pending);
            _pendingLength = tail.Length;
            bytesConsumed += tail.Length;
        }
        return written;
    }

    public override void Reset() => _pendingLength = 0;
}
