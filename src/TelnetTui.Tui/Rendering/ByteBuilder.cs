using System.Buffers;

namespace TelnetTui.Tui.Rendering;

/// <summary>A growable byte array that frames are encoded into and written from in one call; reused frame after frame.</summary>
public sealed class ByteBuilder : IBufferWriter<byte>
{
    private byte[] _buffer;

    public ByteBuilder(int capacity = 4096) => _buffer = new byte[Math.Max(16, capacity)];

    public int Length { get; private set; }
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, Length);
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, Length);

    public void Clear() => Length = 0;

    public void Append(byte value)
    {
        if (Length == _buffer.Length)
            Grow(1);
        _buffer[Length++] = value;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (Length + bytes.Length > _buffer.Length)
            Grow(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Appends a non-negative number in decimal ASCII.</summary>
    public void AppendNumber(int value)
    {
        if (value < 10)
        {
            Append((byte)('0' + value));
            return;
        }
        Span<byte> digits = stackalloc byte[10];
        var i = digits.Length;
        while (value > 0)
        {
            digits[--i] = (byte)('0' + value % 10);
            value /= 10;
        }
        Append(digits[i..]);
    }

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (Length + Math.Max(sizeHint, 1) > _buffer.Length)
            Grow(Math.Max(sizeHint, 1));
        return _buffer.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        if (Length + Math.Max(sizeHint, 1) > _buffer.Length)
            Grow(Math.Max(sizeHint, 1));
        return _buffer.AsSpan(Length);
    }

    private void Grow(int needed)
    {
        var size = Math.Max(_buffer.Length * 2, Length + needed);
        Array.Resize(ref _buffer, size);
    }

    public byte[] ToArray() => WrittenSpan.ToArray();
}
