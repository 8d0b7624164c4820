/* C transliteration of benchmarks/programs/spectral_norm.py: same algorithm, same
 * operation order, same arguments (SIZE ITERATIONS), same stdout and #iter lines.
 * Build: gcc -O2 -o spectral_norm spectral_norm.c -lm */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double eval_a(long i, long j) {
    long s = i + j;
    return 1.0 / (double)(((s * (s + 1)) >> 1) + i + 1);
}

static void mul_av(long n, const double *u, double *out) {
    for (long i = 0; i < n; i++) {
        double acc = 0.0;
        for (long j = 0; j < n; j++)
            acc += eval_a(i, j) * u[j];
        out[i] = acc;
    }
}

static void mul_atv(long n, const double *u, double *out) {
    for (long i = 0; i < n; i++) {
        double acc = 0.0;
        for (long j = 0; j < n; j++)
            acc += eval_a(j, i) * u[j];
        out[i] = acc;
    }
}

static void mul_atav(long n, const double *u, double *out, double *tmp) {
    mul_av(n, u, tmp);
    mul_atv(n, tmp, out);
}

static double spectral_norm(long n) {
    double *u = malloc(sizeof(double) * n);
    double *v = malloc(sizeof(double) * n);
    double *tmp = malloc(sizeof(double) * n);
    for (long i = 0; i < n; i++) {
        u[i] = 1.0;
        v[i] = 0.0;
        tmp[i] = 0.0;
    }
    for (int k = 0; k < 10; k++) {
        mul_atav(n, u, v, tmp);
        mul_atav(n, v, u, tmp);
    }
    double vbv = 0.0, vv = 0.0;
    for (long i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    free(u);
    free(v);
    free(tmp);
    return sqrt(vbv / vv);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 280;
    long iterations = argc > 2 ? atol(argv[2]) : 3;
    double result = 0.0;
    for (long it = 0; it < iterations; it++) {
        double t0 = now();
        result = spectral_norm(n);
        double t1 = now();
        fprintf(stderr, "#iter %.6f\n", t1 - t0);
    }
    printf("%.9f\n", result);
    return 0;
}
