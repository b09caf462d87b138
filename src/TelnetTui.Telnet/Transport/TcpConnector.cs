using System.Net;
using System.Net.Sockets;

namespace TelnetTui.Telnet.Transport;

/// <summary>
/// Opens a TCP connection to every address of a host, IPv6 and IPv4 interleaved (RFC 8305 "Happy
/// Eyeballs"): one attempt starts, the next one after <see cref="TransportOptions.AttemptDelay"/> or
/// as soon as the previous fails, and the first to connect wins; the losers are closed.
/// </summary>
public static class TcpConnector
{
    public static async Task<Socket> ConnectAsync(string host, int port, TransportOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            var addresses = await ResolveAsync(host, options, timeout.Token).ConfigureAwait(false);
            if (addresses.Length == 0)
                throw new TelnetConnectException($"cannot connect to {host}:{port}: the name has no addresses");
            return await RaceAsync(Interleave(addresses), port, options.AttemptDelay, timeout.Token, host).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelnetConnectException($"cannot connect to {host}:{port}: timed out after {options.ConnectTimeout.TotalSeconds:0.#} s");
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, TransportOptions options, CancellationToken ct)
    {
        if (IPAddress.TryParse(host, out var literal))
            return [literal];
        try
        {
            return options.Resolver is { } resolve
                ? await resolve(host, ct).ConfigureAwait(false)
                : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw new TelnetConnectException($"cannot connect to {host}: the name could not be resolved ({e.SocketErrorCode})", e);
        }
    }

    /// <summary>RFC 8305 §4: alternate families, starting with the first one the resolver gave.</summary>
    internal static IPAddress[] Interleave(IPAddress[] addresses)
    {
        var first = addresses[0].AddressFamily;
        var a = addresses.Where(x => x.AddressFamily == first).ToList();
        var b = addresses.Where(x => x.AddressFamily != first).ToList();
        var result = new List<IPAddress>(addresses.Length);
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            if (i < a.Count)
                result.Add(a[i]);
            if (i < b.Count)
                result.Add(b[i]);
        }
        return result.ToArray();
    }

    private static async Task<Socket> RaceAsync(IPAddress[] addresses, int port, TimeSpan delay, CancellationToken ct, string host)
    {
        using var losers = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = new List<Task<Socket>>();
        var errors = new List<Exception>();
        var next = 0;
        try
        {
            while (true)
            {
                if (next < addresses.Length)
                    running.Add(AttemptAsync(addresses[next++], port, losers.Token));
                if (running.Count == 0)
                    break;
                var delayTask = next < addresses.Length ? Task.Delay(delay, ct) : Task.Delay(Timeout.Infinite, ct);
                while (running.Count > 0)
                {
                    var done = await Task.WhenAny(running.Append<Task>(delayTask)).ConfigureAwait(false);
                    if (done == delayTask)
                    {
                        ct.ThrowIfCancellationRequested();
                        break; // time to start the next address alongside
                    }
                    var attempt = (Task<Socket>)done;
                    running.Remove(attempt);
                    if (attempt.IsCompletedSuccessfully)
                        return attempt.Result;
                    errors.Add(attempt.Exception?.InnerException ?? new SocketException((int)SocketError.ConnectionRefused));
                    if (next < addresses.Length)
                        break; // a failure starts the next attempt at once
                }
                if (running.Count == 0 && next >= addresses.Length)
                    break;
            }
        }
        finally
        {
            await losers.CancelAsync().ConfigureAwait(false);
            foreach (var loser in running)
                _ = loser.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }
        ct.ThrowIfCancellationRequested();
        throw new TelnetConnectException($"cannot connect to {host}:{port}: {Describe(errors)}", errors.FirstOrDefault());
    }

    private static async Task<Socket> AttemptAsync(IPAddress address, int port, CancellationToken ct)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, port), ct).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string Describe(List<Exception> errors)
    {
        var reasons = errors.Select(e => e is SocketException s ? s.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.HostUnreachable => "host unreachable",
            SocketError.NetworkUnreachable => "network unreachable",
            SocketError.TimedOut => "timed out",
            SocketError.AddressFamilyNotSupported => "address family not supported here",
            _ => s.SocketErrorCode.ToString(),
        } : e.Message).Distinct().ToArray();
        return reasons.Length == 0 ? "no address could be tried" : string.Join("; ", reasons);
    }
}
