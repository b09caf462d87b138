using TelnetTui.Telnet.Connection;

namespace TelnetTui.App.Tests.Demo.Support;

/// <summary>Connects a test client and walks it into the MUD.</summary>
internal static class MudSession
{
    public static async Task<DemoClient> EnterAsync(DemoHarness server, Action<TelnetChannelOptions>? configure = null)
    {
        var client = await server.ConnectAsync(configure);
        await client.WaitForPromptAsync(0);
        var welcome = await client.CommandAsync("mud");
        Assert.Contains("Lanternfall", welcome);
        return client;
    }
}
