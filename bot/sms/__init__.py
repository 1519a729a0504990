"""The SMS provider boundary: the gateway protocol, console and Twilio gateways, Twilio's codes."""
