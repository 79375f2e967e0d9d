using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace ResourceMonitor.Demo.Tests;

/// <summary>Issue 17: each bad demo option is one line naming the key and the fix, found before anything starts.</summary>
public sealed class DemoOptionsValidatorTests
{
    [Theory]
    [InlineData("--Demo:HttpPort=abc", "Demo:HttpPort")]
    [InlineData("--Demo:BrokerPort=x1883", "Demo:BrokerPort")]
    [InlineData("--Demo:ReadingInterval=ten seconds", "Demo:ReadingInterval")]
    public void A_value_of_the_wrong_type_names_its_key(string argument, string key)
    {
        var options = DemoOptionsValidator.Bind(Configuration(argument), out var errors);

        Assert.Null(options);
        Assert.Contains(key, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Demo:HttpPort=70000", "Demo:HttpPort is 70000, not a port")]
    [InlineData("--Demo:BrokerPort=-1", "Demo:BrokerPort is -1, not a port")]
    [InlineData("--Demo:ReadingInterval=-00:00:10", "Demo:ReadingInterval is -00:00:10; it must be positive")]
    [InlineData("--Demo:ReadingInterval=00:00:00", "Demo:ReadingInterval is 00:00:00; it must be positive")]
    [InlineData("--Demo:Backfill=-1.00:00:00", "Demo:Backfill is -1.00:00:00")]
    [InlineData("--Demo:InfluxUrl=localhost:8086", "Demo:InfluxUrl 'localhost:8086' is not an http(s) URL")]
    public void An_out_of_range_value_is_refused_with_the_fix(string argument, string expected)
    {
        var options = DemoOptionsValidator.Bind(Configuration("--Demo:HttpPort=0", "--Demo:BrokerPort=0", argument), out var errors);

        Assert.Null(options);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_port_another_program_holds_is_named_with_the_option_that_moves_the_demo()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var errors = DemoOptionsValidator.Validate(new DemoOptions { BrokerPort = port, HttpPort = 0 });

        var error = Assert.Single(errors);
        Assert.Contains($"127.0.0.1:{port} (Demo:BrokerPort) is in use", error, StringComparison.Ordinal);
        Assert.Contains("--Demo:BrokerPort=", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_with_free_ports_are_valid()
    {
        var options = DemoOptionsValidator.Bind(Configuration("--Demo:HttpPort=0", "--Demo:BrokerPort=0"), out var errors);

        Assert.Empty(errors);
        Assert.NotNull(options);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ReadingInterval);
    }

    private static IConfiguration Configuration(params string[] args) => new ConfigurationBuilder().AddCommandLine(args).Build();
}
