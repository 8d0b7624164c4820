/* C transliteration of benchmarks/programs/fannkuch.py: same algorithm, same
 * operation order, same arguments (SIZE ITERATIONS), same stdout and #iter lines.
 * Build: gcc -O2 -o fannkuch fannkuch.c -lm */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void fannkuch(long n, long *out_checksum, long *out_max_flips) {
    long *perm1 = malloc(sizeof(long) * n);
    long *count = malloc(sizeof(long) * n);
    long *perm = malloc(sizeof(long) * n);
    for (long i = 0; i < n; i++) {
        perm1[i] = i;
        count[i] = 0;
    }
    long max_flips = 0;
    long checksum = 0;
    long perm_index = 0;
    long r = n;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r -= 1;
        }

        memcpy(perm, perm1, sizeof(long) * n);
        long flips = 0;
        long k = perm[0];
        while (k != 0) {
            long i = 0;
            long j = k;
            while (i < j) {
                long t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
                i += 1;
                j -= 1;
            }
            flips += 1;
            k = perm[0];
        }
        if (flips > max_flips)
            max_flips = flips;
        if (perm_index % 2 == 0)
            checksum += flips;
        else
            checksum -= flips;

        /* Advance to the next permutation by rotating prefixes. */
        for (;;) {
            if (r == n) {
                *out_checksum = checksum;
                *out_max_flips = max_flips;
                free(perm1);
                free(count);
                free(perm);
                return;
            }
            long first = perm1[0];
            long i = 0;
            while (i < r) {
                perm1[i] = perm1[i + 1];
                i += 1;
            }
            perm1[r] = first;
            count[r] -= 1;
            if (count[r] > 0)
                break;
            r += 1;
        }
        perm_index += 1;
    }
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 9;
    long iterations = argc > 2 ? atol(argv[2]) : 3;
    long checksum = 0, max_flips = 0;
    for (long it = 0; it < iterations; it++) {
        double t0 = now();
        fannkuch(n, &checksum, &max_flips);
        double t1 = now();
        fprintf(stderr, "#iter %.6f\n", t1 - t0);
    }
    printf("%ld\n", checksum);
    printf("Pfannkuchen(%ld) = %ld\n", n, max_flips);
    return 0;
}
