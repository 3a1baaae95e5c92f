"""One dialog per step of a case (Nghị định 56/2017 Điều 25–32), on a shared skeleton."""
