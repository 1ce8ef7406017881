"""Same-window baseline for `SamRL.Runner bench agent`: the authors' PyTorch agents timed the way the benchmark times
ours (SAM_STM_REFERENCE §7.3): a 20-step rollout at batch 1 on random 80x80 frames with actions sampled from pi, the
bootstrap forward, the A3C/GAE loss of their rl/train_sam.py and one backward pass, on one thread.

    OPENBLAS_NUM_THREADS=1 python3 Agents/Benchmarks/authors_agent_baseline.py --sam-repo DIR [--agent stm|lstm512] [--runs 9]

DIR is a checkout of github.com/thaihungle/SAM (not part of SamRL); `stm` is their A3CSAM (LSTM-256 -> STM) and
`lstm512` the LSTM-512 baseline of §7.3 (dgriff777's A3Clstm with the same convolutions). Prints the median and
minimum in ms. Needs PyTorch (Debian: python3-torch) with OpenBLAS as the system BLAS (Debian: libopenblas0-pthread);
with Debian's reference BLAS alone their STM agent takes about 2.7 times as long (567 against 214 ms here).
"""
import argparse
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class A3CLstm512(nn.Module):
    """The LSTM-512 baseline: the authors' four convolutions with max-pooling, LSTMCell(1024, 512), linear heads."""

    def __init__(self, actions):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 5, stride=1, padding=2)
        self.conv2 = nn.Conv2d(32, 32, 5, stride=1, padding=1)
        self.conv3 = nn.Conv2d(32, 64, 4, stride=1, padding=1)
        self.conv4 = nn.Conv2d(64, 64, 3, stride=1, padding=1)
        self.lstm = nn.LSTMCell(1024, 512)
        self.critic_linear = nn.Linear(512, 1)
        self.actor_linear = nn.Linear(512, actions)

    def forward(self, inputs):
        x, (hx, cx, h2, c2) = inputs
        for conv in (self.conv1, self.conv2, self.conv3, self.conv4):
            x = F.relu(F.max_pool2d(conv(x), 2))
        h2, c2 = self.lstm(x.view(x.size(0), -1), (h2, c2))
        return self.critic_linear(h2), self.actor_linear(h2), (hx, cx, h2, c2)


def training_step(model, frames, lstm_size, steps=20, gamma=0.99, tau=0.92, entropy_coefficient=0.01):
    hx, cx = torch.zeros(1, 256), torch.zeros(1, 96, 96)
    h2, c2 = torch.zeros(1, lstm_size), torch.zeros(1, lstm_size)
    values, log_probs, entropies, rewards = [], [], [], []
    for t in range(steps):
        value, logit, (hx, cx, h2, c2) = model((frames[t], (hx, cx, h2, c2)))
        prob, log_prob = F.softmax(logit, dim=1), F.log_softmax(logit, dim=1)
        entropies.append(-(log_prob * prob).sum(1))
        action = prob.multinomial(1).data
        log_probs.append(log_prob.gather(1, action))
        values.append(value)
        rewards.append(1.0 if torch.rand(1).item() < 0.05 else 0.0)
    with torch.no_grad():
        bootstrap, _, _ = model((frames[steps], (hx, cx, h2, c2)))
    values.append(bootstrap)
    R, gae = bootstrap, torch.zeros(1, 1)
    policy_loss, value_loss = 0, 0
    for i in reversed(range(steps)):
        R = gamma * R + rewards[i]
        value_loss = value_loss + 0.5 * (R - values[i]).pow(2)
        delta = rewards[i] + gamma * values[i + 1].data - values[i].data
        gae = gae * gamma * tau + delta
        policy_loss = policy_loss - log_probs[i] * gae - entropy_coefficient * entropies[i]
    model.zero_grad()
    (policy_loss + 0.5 * value_loss).backward()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sam-repo", required=True, help="a checkout of github.com/thaihungle/SAM")
    parser.add_argument("--agent", choices=["stm", "lstm512"], default="stm")
    parser.add_argument("--runs", type=int, default=9, help="timed rollouts after one warm-up")
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(1)
    if args.agent == "stm":
        sys.path.insert(0, args.sam_repo)
        from baselines.sam.a3c import A3CSAM

        class Pong:
            n = 6

        model, lstm_size = A3CSAM((1, 80, 80), Pong()), 256
    else:
        model, lstm_size = A3CLstm512(6), 512
    frames = torch.rand(21, 1, 1, 80, 80)
    training_step(model, frames, lstm_size)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        training_step(model, frames, lstm_size)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"authors' {args.agent}: median {times[len(times) // 2]:.1f} ms, min {times[0]:.1f} ms over {args.runs} rollouts")


if __name__ == "__main__":
    main()
