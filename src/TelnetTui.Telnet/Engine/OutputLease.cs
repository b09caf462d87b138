using System.Buffers;

namespace TelnetTui.Telnet.Engine;

/// <summary>
/// The engine's pending output in a buffer borrowed from <see cref="ArrayPool{T}.Shared"/>, so a
/// transport can write it after the engine has moved on without a fresh array per send.
/// <see cref="Dispose"/> returns the buffer once the write is done; use the bytes no later.
/// </summary>
public readonly struct OutputLease : IDisposable
{
    private readonly byte[]? _buffer;

    internal OutputLease(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            return;
        _buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
        bytes.CopyTo(_buffer);
        Length = bytes.Length;
    }

    /// <summary>How many bytes the lease holds.</summary>
    public int Length { get; }

    /// <summary>The bytes to write (valid until <see cref="Dispose"/>).</summary>
    public ReadOnlyMemory<byte> Memory => _buffer is null ? ReadOnlyMemory<byte>.Empty : _buffer.AsMemory(0, Length);

    /// <summary>Gives the buffer back to the pool; call it exactly once, after the write.</summary>
    public void Dispose()
    {
        if (_buffer is not null)
            ArrayPool<byte>.Shared.Return(_buffer);
    }
}
