using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Transport;

namespace TelnetTui.Telnet.Connection;

/// <summary>Opens client connections: TCP (IPv4 and IPv6, first to connect wins) or TLS, then the telnet engine.</summary>
public static class TelnetClient
{
    /// <summary>Connects to <paramref name="host"/>:<paramref name="port"/> and starts negotiating.</summary>
    public static async Task<TelnetChannel> ConnectAsync(string host, int port, TelnetChannelOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TelnetChannelOptions();
        var transport = await TelnetTransport.ConnectAsync(host, port, options.Transport, cancellationToken).ConfigureAwait(false);
        var settings = options.Settings;
        if (transport.IsSecure && settings.UseMtts && !settings.Mtts.HasFlag(MttsFlags.Ssl))
        {
            // MTTS bit 2048: the connection is encrypted.
            settings = settings.Clone();
            settings.Mtts |= MttsFlags.Ssl;
        }
        var engine = new TelnetEngine(settings);
        var channel = new TelnetChannel(new TelnetConnection(transport, engine), options);
        channel.Start();
        return channel;
    }

    /// <summary>Connects to a parsed address (telnet:// or telnets://).</summary>
    public static Task<TelnetChannel> ConnectAsync(TelnetAddress address, TelnetChannelOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TelnetChannelOptions();
        if (address.UseTls)
            options.Transport.UseTls = true;
        return ConnectAsync(address.Host, address.Port, options, cancellationToken);
    }
}
