"""What the tests share: the clinic, a clock, free ports, the Twilio stand-in, reply helpers."""
